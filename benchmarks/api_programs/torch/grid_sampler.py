# api: torch.grid_sampler
import torch
img = torch.arange(20.).reshape(1, 1, 4, 5)
grid = torch.tensor([[[[-1.0, -1.0], [0.25, 0.5]], [[1.2, -0.3], [0.0, 1.0]]]])
bilinear_zeros = torch.grid_sampler(img, grid, 0, 0, False)
nearest_border = torch.grid_sampler(img, grid, 1, 1, True)
