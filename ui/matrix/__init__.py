"""The scoring matrix page's parts: its table model, cell delegate and health breakdown."""
