"""The Qt-free facade that the command line and the desktop app both use."""
