# api: torch.nn.Module.register_buffer
import torch
import torch.nn as nn
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("kept", torch.ones(2))
        self.register_buffer("temp", torch.zeros(3), persistent=False)
        self.lin = nn.Linear(2, 2)
m = M()
sd_keys = list(m.state_dict().keys())
buffer_names = [n for n, _ in m.named_buffers()]
param_names = [n for n, _ in m.named_parameters()]
n_params = len(list(m.parameters()))
