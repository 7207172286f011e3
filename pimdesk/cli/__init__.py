"""The command line: the same app for administrators, scripts and checks from outside."""
