# api: torch.set_float32_matmul_precision
import torch
torch.set_float32_matmul_precision("high")
precision = torch.get_float32_matmul_precision()
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
b = torch.tensor([[0.5, 0.0], [0.0, 2.0]])
product = a @ b
torch.set_float32_matmul_precision("highest")
restored = torch.get_float32_matmul_precision()
