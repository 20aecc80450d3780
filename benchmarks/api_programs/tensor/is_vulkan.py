# api: torch.Tensor.is_vulkan
import torch
x = torch.arange(6).reshape(2, 3)
on_vulkan = x.is_vulkan
