"""The emulated Meet API, one module per section of its documentation."""
