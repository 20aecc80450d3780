# api: torch.distributions.Categorical
import torch
import torch.nn as nn
from torch.distributions import Categorical
torch.manual_seed(0)
policy = nn.Linear(4, 3)
with torch.no_grad():
    policy.weight.copy_(torch.arange(12.0).reshape(3, 4) / 10)
    policy.bias.fill_(0.1)
state = torch.tensor([[0.5, -0.2, 0.1, 0.3], [0.0, 1.0, -1.0, 0.5]])
dist = Categorical(logits=policy(state))
actions = torch.tensor([2, 0])
log_probs = dist.log_prob(actions)
returns = torch.tensor([1.0, -0.5])
loss = -(log_probs * returns).mean() - 0.01 * dist.entropy().mean()
loss.backward()
grad_w = policy.weight.grad
grad_b = policy.bias.grad
