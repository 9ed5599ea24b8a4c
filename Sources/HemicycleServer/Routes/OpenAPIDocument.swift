/// The API described in OpenAPI 3.1, served at `/openapi.json`. Written by hand beside the routes;
/// a test checks that every `/api/` route of the router is described here, and nothing else.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "Hemicycle",
        "version": "1",
        "description": "Votes of the Assemblée nationale from its open data, as the hemicycle command line reports them: the JSON of `hemicycle ballot 773 --format json` is the JSON of /api/ballots/773, byte for byte. CSV with `.csv` or `?format=csv`. Responses carry a weak ETag that changes when the store is imported into; 404 and 400 answer {\"status\", \"error\"} naming what was not found or what is wrong. Data: Assemblée nationale, Licence Ouverte 2.0."
      },
      "paths": {
        "/api/ballots": {
          "get": {
            "summary": "Ballots, newest first (hemicycle ballots)",
            "parameters": [
              {"name": "search", "in": "query", "description": "Words the ballot's subject must contain, as prefixes, accents ignored: its title, the text and summary of the amendments voted, the dossier's title (as hemicycle ballots --search).", "schema": {"type": "string"}},
              {"name": "title_only", "in": "query", "description": "1 to search the ballot titles literally instead (hemicycle ballots --title-only).", "schema": {"type": "boolean"}},
              {"name": "from", "in": "query", "description": "First day, yyyy-mm-dd.", "schema": {"type": "string", "format": "date"}},
              {"name": "to", "in": "query", "description": "Last day, yyyy-mm-dd.", "schema": {"type": "string", "format": "date"}},
              {"name": "type", "in": "query", "description": "Ballot type (repeatable).", "schema": {"type": "string", "enum": ["ordinary", "solemn", "censure"]}},
              {"name": "result", "in": "query", "schema": {"type": "string", "enum": ["adopted", "rejected"]}},
              {"name": "legislature", "in": "query", "description": "A legislature number, or all; the latest by default.", "schema": {"type": "string"}},
              {"name": "limit", "in": "query", "description": "At most this many ballots (default 100, at most 20000).", "schema": {"type": "integer", "minimum": 1, "maximum": 20000}},
              {"$ref": "#/components/parameters/format"}
            ],
            "responses": {
              "200": {"description": "The ballots.", "content": {
                "application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/BallotRow"}}},
                "text/csv": {"schema": {"type": "string"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"}
            }
          }
        },
        "/api/ballots/{ref}": {
          "get": {
            "summary": "One ballot (hemicycle ballot REF --format json|csv)",
            "parameters": [
              {"name": "ref", "in": "path", "required": true, "description": "773 (latest legislature), 16:1274, or the uid VTANR5L17V773; a .json or .csv suffix chooses the format.", "schema": {"type": "string"}},
              {"$ref": "#/components/parameters/format"}
            ],
            "responses": {
              "200": {"description": "The ballot: totals, groups, named votes, corrections, source, legislative context; CSV: the named votes.", "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/Ballot"}},
                "text/csv": {"schema": {"type": "string"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/api/deputies/{id}": {
          "get": {
            "summary": "One deputy over every legislature: identity, groups over time, participation, loyalty, rebellions (hemicycle deputy ID --format json|csv)",
            "parameters": [
              {"name": "id", "in": "path", "required": true, "description": "The deputy's id (PA721908), or a name as hemicycle deputy takes it; a .json or .csv suffix chooses the format.", "schema": {"type": "string"}},
              {"$ref": "#/components/parameters/format"}
            ],
            "responses": {
              "200": {"description": "The deputy's record; CSV: the same laid flat in one row.", "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/Deputy"}},
                "text/csv": {"schema": {"type": "string"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/api/scorecard": {
          "get": {
            "summary": "Deputies scored against the position wanted on each ballot, ranked (hemicycle scorecard)",
            "parameters": [
              {"name": "ballot", "in": "query", "description": "BALLOT:position, such as 773:against or 16:1274:for (repeatable).", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
              {"name": "search", "in": "query", "description": "Also score every ballot whose title contains this text, with position=.", "schema": {"type": "string"}},
              {"name": "position", "in": "query", "description": "The position wanted on the ballots search= finds.", "schema": {"type": "string", "enum": ["for", "against", "abstention"]}},
              {"name": "absent", "in": "query", "description": "How absence counts (default ignore).", "schema": {"type": "string", "enum": ["ignore", "against", "half"]}},
              {"name": "group", "in": "query", "description": "Only deputies of this group (RN, or an id PO…).", "schema": {"type": "string"}},
              {"name": "min_ballots", "in": "query", "description": "Only deputies counted on at least this many ballots.", "schema": {"type": "integer", "minimum": 1}},
              {"name": "legislature", "in": "query", "description": "The legislature of plain ballot numbers and of search= (default: the latest).", "schema": {"type": "integer", "minimum": 1}},
              {"$ref": "#/components/parameters/format"}
            ],
            "responses": {
              "200": {"description": "One row per deputy, best score first; CSV: one row per deputy and one column per ballot, for mail-merge.", "content": {
                "application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/ScoreRow"}}},
                "text/csv": {"schema": {"type": "string"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/api/representatives": {
          "get": {
            "summary": "The deputies of a place and how each voted (hemicycle representatives)",
            "parameters": [
              {"name": "postcode", "in": "query", "schema": {"type": "string"}},
              {"name": "town", "in": "query", "description": "A commune name, however written.", "schema": {"type": "string"}},
              {"name": "insee", "in": "query", "schema": {"type": "string"}},
              {"name": "department", "in": "query", "schema": {"type": "string"}},
              {"name": "constituency", "in": "query", "schema": {"type": "integer", "minimum": 1}},
              {"name": "date", "in": "query", "description": "The day, yyyy-mm-dd; today's deputies by default.", "schema": {"type": "string", "format": "date"}},
              {"name": "ballot", "in": "query", "description": "Ballot references whose votes to show (repeatable).", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
              {"$ref": "#/components/parameters/format"}
            ],
            "responses": {
              "200": {"description": "One row per seat holder.", "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/Representatives"}},
                "text/csv": {"schema": {"type": "string"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        }
      },
      "components": {
        "parameters": {
          "format": {"name": "format", "in": "query", "description": "json (default) or csv.", "schema": {"type": "string", "enum": ["json", "csv"]}}
        },
        "responses": {
          "BadRequest": {"description": "A parameter is malformed; the message says which.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "NotFound": {"description": "What was asked is not in the store; the message names it.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        },
        "schemas": {
          "Error": {"type": "object", "required": ["status", "error"], "properties": {"status": {"type": "integer"}, "error": {"type": "string"}}},
          "BallotRow": {"type": "object", "required": ["uid", "number", "legislature", "date", "type", "result", "title", "voters", "seats", "for", "against", "abstentions", "turnout"],
            "properties": {"uid": {"type": "string"}, "number": {"type": "integer"}, "legislature": {"type": "integer"}, "date": {"type": "string", "format": "date"},
              "type": {"type": "string"}, "result": {"type": "string"}, "title": {"type": "string"}, "voters": {"type": "integer"}, "seats": {"type": "integer"},
              "for": {"type": "integer"}, "against": {"type": "integer"}, "abstentions": {"type": "integer"}, "turnout": {"type": "number", "description": "voters / seats, 0…1"}}},
          "Ballot": {"type": "object", "required": ["uid", "number", "legislature", "date", "title", "type", "result", "seats", "voters", "expressed", "for", "against", "abstentions", "non_voters", "turnout", "groups", "votes", "corrections", "source"],
            "properties": {"uid": {"type": "string"}, "number": {"type": "integer"}, "legislature": {"type": "integer"}, "date": {"type": "string", "format": "date"},
              "title": {"type": "string"}, "type": {"type": "string"}, "result": {"type": "string"}, "seats": {"type": "integer"}, "voters": {"type": "integer"},
              "expressed": {"type": "integer"}, "for": {"type": "integer"}, "against": {"type": "integer"}, "abstentions": {"type": "integer"}, "non_voters": {"type": "integer"},
              "turnout": {"type": "number"}, "groups": {"type": "array", "items": {"type": "object"}}, "votes": {"type": "array", "items": {"type": "object"}},
              "corrections": {"type": "array", "items": {"type": "object"}}, "discrepancies": {"type": "array", "items": {"type": "object"}},
              "source": {"type": "object"}, "context": {"type": "object", "description": "Present when the ballot is linked to legislation."}}},
          "Deputy": {"type": "object", "required": ["deputy_id", "name"],
            "properties": {"deputy_id": {"type": "string"}, "name": {"type": "string"}, "civility": {"type": ["string", "null"]},
              "birth_date": {"type": ["string", "null"]}, "profession": {"type": ["string", "null"]}},
            "description": "Also: groups over time, participation and loyalty (each a rate with its numerator and denominator), rebellions, the figures by legislature."},
          "ScoreRow": {"type": "object", "required": ["deputy_id", "name", "numerator", "denominator", "details"],
            "properties": {"rank": {"type": ["integer", "null"]}, "deputy_id": {"type": "string"}, "name": {"type": "string"}, "group_id": {"type": ["string", "null"]},
              "group": {"type": ["string", "null"]}, "email": {"type": ["string", "null"]}, "score": {"type": ["number", "null"], "description": "points / denominator, 0…1"},
              "numerator": {"type": "number"}, "denominator": {"type": "integer"},
              "details": {"type": "array", "items": {"type": "object", "properties": {"ballot_uid": {"type": "string"}, "ballot_number": {"type": "integer"},
                "ballot_legislature": {"type": "integer"}, "wanted": {"type": "string"}, "recorded": {"type": "string"}, "points": {"type": ["number", "null"]},
                "excluded": {"type": ["string", "null"]}}}}}},
          "Representatives": {"type": "object", "required": ["place", "representatives"],
            "properties": {"place": {"type": "string"}, "date": {"type": ["string", "null"]},
              "representatives": {"type": "array", "items": {"type": "object", "properties": {
                "department_code": {"type": "string"}, "constituency": {"type": "integer"}, "coverage": {"type": ["string", "null"]}, "communes": {"type": "array", "items": {"type": "string"}},
                "deputy_id": {"type": ["string", "null"]}, "name": {"type": ["string", "null"]}, "group": {"type": ["string", "null"]},
                "start_date": {"type": ["string", "null"]}, "end_date": {"type": ["string", "null"]},
                "contacts": {"type": "array", "items": {"type": "object", "properties": {"kind": {"type": "string"}, "value": {"type": "string"}}}},
                "votes": {"type": "array", "items": {"type": "object", "properties": {"ballot_uid": {"type": "string"}, "ballot_number": {"type": "integer"},
                  "position": {"type": "string", "enum": ["for", "against", "abstention", "non_voting", "absent", "not_in_office"]}, "label": {"type": "string"},
                  "cause": {"type": ["string", "null"]}, "by_proxy": {"type": "boolean"}}}}}}}}}
        }
      }
    }
    """#
}
