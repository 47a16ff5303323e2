"""The declarations of the Core API's endpoints, one module per documented section."""
