# api: torch.nn.functional.hinge_embedding_loss
import torch
import torch.nn.functional as F
distances = torch.tensor([0.3, 1.2, 0.8, 2.5])
labels = torch.tensor([1.0, -1.0, -1.0, 1.0])
loss = F.hinge_embedding_loss(distances, labels)
loss_none = F.hinge_embedding_loss(distances, labels, margin=2.0, reduction='none')
