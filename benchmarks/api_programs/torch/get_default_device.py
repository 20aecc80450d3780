# api: torch.get_default_device
import torch
device = torch.get_default_device()
results = {"type": device.type}
