# api: torch.prelu
import torch
x = torch.tensor([-2.0, -0.5, 0.0, 1.5])
shared = torch.prelu(x, torch.tensor([0.25]))
images = torch.arange(-6.0, 6.0).reshape(1, 2, 2, 3)
per_channel = torch.prelu(images, torch.tensor([0.1, 0.5]))
