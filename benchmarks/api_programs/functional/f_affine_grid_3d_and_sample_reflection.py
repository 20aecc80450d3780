# api: torch.nn.functional.grid_sample
import torch
import torch.nn.functional as F
img = torch.arange(25.).reshape(1, 1, 5, 5)
theta = torch.tensor([[[1.2, 0.0, 0.3], [0.0, 1.2, -0.2]]])
grid = F.affine_grid(theta, [1, 1, 4, 4], align_corners=True)
refl = F.grid_sample(img, grid, padding_mode="reflection", align_corners=True)
border = F.grid_sample(img, grid, padding_mode="border", align_corners=False)
