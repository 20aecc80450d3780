# api: torch.Tensor.device
import torch
x = torch.tensor([1.0, 2.0])
device_type = x.device.type
buf = torch.zeros(3, device=x.device)
same_device = buf.device == x.device
