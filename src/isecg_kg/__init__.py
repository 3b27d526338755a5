"""isecg-kg: knowledge graph and semantic search over ISECG publications."""

__version__ = "0.1.0"
