"""The declarations of the Meet API's endpoints, one module per documented section."""
