# api: torch.Tensor.gather
import torch
q = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
actions = torch.tensor([2, 0])
q_a = q.gather(1, actions.unsqueeze(1)).squeeze(1)
next_q = q.max(1)[0]
target = torch.tensor([1.0, 0.0]) + 0.9 * next_q * (1 - torch.tensor([0.0, 1.0]))
loss = torch.nn.functional.smooth_l1_loss(q_a, target)
onehot = torch.zeros(2, 3).scatter_(1, actions.unsqueeze(1), 1.0)
