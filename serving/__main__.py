"""`python -m serving` is the `replywise` command."""

from serving.cli import main

main()
