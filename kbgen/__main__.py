"""`python -m kbgen` runs the command line."""

from kbgen.cli import cli

if __name__ == "__main__":
    cli()
