import HemicycleCLI

Hemicycle.main()
