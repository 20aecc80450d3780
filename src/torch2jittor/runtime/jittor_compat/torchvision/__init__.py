"""torchvision's helpers that converted torchvision code uses."""
