# api: torch.is_inference
import torch
x = torch.ones(3)
flag = torch.is_inference(x)
