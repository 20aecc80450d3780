# api: torch.grid_sampler_2d
import torch
img = torch.arange(30.).reshape(1, 2, 3, 5)
grid = torch.tensor([[[[-0.9, 0.1], [0.6, -1.2], [1.3, 0.7]]]])
bicubic_reflection = torch.grid_sampler_2d(img, grid, 2, 2, False)
