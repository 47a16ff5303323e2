"""The emulated Live API, one module per section of its documentation."""
