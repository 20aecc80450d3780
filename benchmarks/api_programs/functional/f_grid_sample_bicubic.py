# api: torch.nn.functional.grid_sample
import torch
import torch.nn.functional as F
inp = torch.sin(torch.arange(25.)).reshape(1, 1, 5, 5)
grid = torch.tensor([[[[-0.7, -0.2], [0.1, 0.3]], [[0.5, 0.8], [-0.5, 0.6]]]])
a = F.grid_sample(inp, grid, mode="bicubic", align_corners=False)
b = F.grid_sample(inp, grid, mode="bicubic", padding_mode="border", align_corners=True)
