# api: torch.Tensor.element_size
import torch
f32_size = torch.zeros(3).element_size()
f64_size = torch.zeros(3, dtype=torch.float64).element_size()
i8_size = torch.zeros(2, dtype=torch.int8).element_size()
i64_size = torch.arange(4).element_size()
nbytes = torch.ones(2, 5).element_size() * torch.ones(2, 5).numel()
