# api: torch.nn.Module.register_forward_hook
import torch
import torch.nn as nn
net = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
for p in net.parameters():
    nn.init.constant_(p, 0.5)
captured = {}
def save(name):
    def hook(module, inputs, output):
        captured[name] = output.detach()
    return hook
h1 = net[0].register_forward_hook(save("fc1"))
h2 = net[2].register_forward_hook(save("fc2"))
out = net(torch.tensor([[1.0, -1.0]]))
fc1_out = captured["fc1"]
fc2_out = captured["fc2"]
h1.remove(); h2.remove()
def negate(module, inputs, output):
    return -output
net[1].register_forward_hook(negate)
negated = net(torch.tensor([[1.0, -1.0]]))
