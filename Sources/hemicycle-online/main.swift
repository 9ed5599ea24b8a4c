import HemicycleOnlineCLI

HemicycleOnline.main()
