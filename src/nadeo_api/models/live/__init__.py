"""The models of the Live API's answers, one module per documented section."""
