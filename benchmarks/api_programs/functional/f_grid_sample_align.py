# api: torch.nn.functional.grid_sample
import torch
import torch.nn.functional as F
img = torch.arange(16.).reshape(1, 1, 4, 4)
theta = torch.tensor([[[0.8, 0.1, 0.0], [-0.1, 0.9, 0.1]]])
grid = F.affine_grid(theta, size=(1, 1, 3, 3), align_corners=False)
a = F.grid_sample(img, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
b = F.grid_sample(img, grid, mode="nearest", padding_mode="border", align_corners=True)
