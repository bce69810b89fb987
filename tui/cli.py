import click


@click.group()
@click.version_option(package_name="presslens")
def main() -> None:
    """presslens: compare how outlets report the same event."""
