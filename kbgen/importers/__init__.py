"""`kbgen import`: bring an existing help centre into a kbgen project.

One module per format reads an export into an `Export` (model.py); `plan.py` names every
file; `importing.py` writes them (never over existing content) and checks the result.
"""

FORMATS = ["zendesk", "freshdesk", "helpscout", "intercom", "markdown"]
"""Names accepted by `--from` (each module's NAME), cheap to import for the CLI."""
