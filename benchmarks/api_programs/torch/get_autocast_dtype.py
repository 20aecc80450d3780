# api: torch.get_autocast_dtype
import torch
cuda_default = torch.get_autocast_dtype("cuda")
cpu_default = torch.get_autocast_dtype("cpu")
with torch.autocast("cpu", dtype=torch.float16):
    inside = torch.get_autocast_dtype("cpu")
after = torch.get_autocast_dtype("cpu")
