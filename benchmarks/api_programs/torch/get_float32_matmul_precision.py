# api: torch.get_float32_matmul_precision
import torch
precision = torch.get_float32_matmul_precision()
