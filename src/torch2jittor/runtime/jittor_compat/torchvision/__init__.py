"""torchvision's helpers that converted torchvision code uses (models.py) and that converted
training scripts use: datasets, transforms, make_grid/save_image."""
