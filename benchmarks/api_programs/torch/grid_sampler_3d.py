# api: torch.grid_sampler_3d
import torch
vol = torch.arange(24.).reshape(1, 1, 2, 3, 4)
grid = torch.tensor([[[[[0.0, 0.0, 0.0], [-0.8, 0.5, 1.0], [1.4, -1.1, 0.2]]]]])
trilinear = torch.grid_sampler_3d(vol, grid, 0, 2, True)
