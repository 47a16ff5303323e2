"""The declarations of the Live API's endpoints, one module per documented section."""
