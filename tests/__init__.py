"""Test suite root: a package, so test modules under tests/ui/views never shadow ui.views."""
