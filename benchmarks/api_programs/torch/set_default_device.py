# api: torch.set_default_device
import torch
torch.set_default_device("cpu")
x = torch.zeros(2)
results = {"device": str(x.device), "default": str(torch.get_default_device())}
