# api: torch.get_device
import torch
x = torch.ones(3)
device_index = torch.get_device(x)
