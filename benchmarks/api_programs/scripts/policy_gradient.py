# api: torch.distributions.Categorical
import torch
from torch.distributions import Categorical
torch.manual_seed(0)
policy = torch.nn.Linear(4, 3)
with torch.no_grad():
    for _i, _p in enumerate(policy.parameters()):
        _p.copy_(torch.linspace(-0.5, 0.5, _p.numel()).view_as(_p) * (_i + 1) / 2)
state = torch.ones(1, 4)
probs = torch.softmax(policy(state), dim=-1)
dist = Categorical(probs)
action = torch.tensor([1])
logp = dist.log_prob(action)
reward = 2.0
loss = -(logp * reward).sum()
loss.backward()
grad_shape = policy.weight.grad.shape
ent = dist.entropy()
pr = dist.probs
