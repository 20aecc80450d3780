# api: torch.nn.functional.grid_sample
import torch
import torch.nn.functional as F
img = torch.arange(16.).reshape(1, 1, 4, 4)
grid = torch.tensor([[[[-1.0, -1.0], [0.0, 0.0]], [[1.0, 1.0], [0.5, -0.5]]]])
y = F.grid_sample(img, grid, align_corners=True)
