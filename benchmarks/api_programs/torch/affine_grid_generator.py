# api: torch.affine_grid_generator
import torch
theta = torch.tensor([[[1.0, 0.2, 0.1], [-0.3, 0.9, 0.0]]])
grid = torch.affine_grid_generator(theta, [1, 1, 3, 4], False)
theta3 = torch.eye(3, 4).unsqueeze(0) * 0.5
grid3 = torch.affine_grid_generator(theta3, [1, 1, 2, 2, 3], True)
