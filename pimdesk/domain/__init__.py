"""Plain data and rules of the PIM framework: no I/O, no SQL, no Qt."""
