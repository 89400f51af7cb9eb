"""parx: Vietnamese public-administration reports (PAR Index, SIPAS, CCHC) to checked datasets."""

__version__ = "0.1.0"
