# api: torch.nn.functional.max_unpool2d
import torch
import torch.nn.functional as F
image = torch.tensor([[[[1.0, 6.0, 2.0, 0.0],
                        [3.0, 4.0, 9.0, 5.0],
                        [7.0, 0.0, 1.0, 8.0],
                        [2.0, 5.0, 3.0, 4.0]]]])
pooled, indices = F.max_pool2d(image, 2, return_indices=True)
restored = F.max_unpool2d(pooled, indices, kernel_size=2)
restored_sized = F.max_unpool2d(pooled, indices, 2, output_size=(5, 5))
