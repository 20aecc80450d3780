# api: torch.Tensor.view
import torch
outputs = {"logits": torch.arange(6.0)}
lg = outputs.get("logits").view(2, 3)
lg_shape = lg.shape
opt = {"scale": 2}
size = opt.get("size", 3)
x = torch.zeros(size).shape
