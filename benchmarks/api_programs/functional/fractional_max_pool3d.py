# api: torch.nn.functional.fractional_max_pool3d
import torch
import torch.nn.functional as F
x = torch.sin(torch.arange(2 * 6 * 5 * 7, dtype=torch.float32).reshape(1, 2, 6, 5, 7))
samples = torch.tensor([[[0.1, 0.5, 0.9], [0.7, 0.3, 0.2]]])
y, idx = F.fractional_max_pool3d(x, 2, output_size=(3, 3, 4), return_indices=True, _random_samples=samples)
