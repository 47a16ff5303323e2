"""The declarations of the OAuth API's endpoints, one module per documented section."""
