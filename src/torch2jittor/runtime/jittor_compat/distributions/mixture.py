"""torch.distributions.MixtureSameFamily (torch/distributions/mixture_same_family.py): a Categorical over the
rightmost batch dim of a component distribution."""
from __future__ import annotations

import jittor as jt

from ..functional.activation import log_softmax
from ..ops.indexing import gather
from ..ops.reduction import logsumexp
from .distribution import Distribution


class MixtureSameFamily(Distribution):
    def __init__(self, mixture_distribution, component_distribution, validate_args=None):
        self._mixture_distribution = mixture_distribution
        self._component_distribution = component_distribution
        cdbs = tuple(component_distribution.batch_shape)
        km = mixture_distribution.logits.shape[-1]
        kc = cdbs[-1]
        if km != kc:
            raise ValueError(f"`mixture_distribution component` ({km}) does not equal "
                             f"`component_distribution.batch_shape[-1]` ({kc})")
        self._num_component = km
        self._event_ndims = len(component_distribution.event_shape)
        super().__init__(cdbs[:-1], tuple(component_distribution.event_shape), validate_args=validate_args)

    @property
    def support(self):
        return self._component_distribution.support

    @property
    def mixture_distribution(self):
        return self._mixture_distribution

    @property
    def component_distribution(self):
        return self._component_distribution

    def _pad(self, x):
        return x.unsqueeze(-1 - self._event_ndims)

    def _pad_mixture_dimensions(self, x):
        for _ in range(self._event_ndims):
            x = x.unsqueeze(-1)
        return x

    @property
    def mean(self):
        probs = self._pad_mixture_dimensions(self.mixture_distribution.probs)
        return (probs * self.component_distribution.mean).sum(-1 - self._event_ndims)

    @property
    def variance(self):
        probs = self._pad_mixture_dimensions(self.mixture_distribution.probs)
        dim = -1 - self._event_ndims
        mean_cond_var = (probs * self.component_distribution.variance).sum(dim)
        var_cond_mean = (probs * (self.component_distribution.mean - self._pad(self.mean)) ** 2).sum(dim)
        return mean_cond_var + var_cond_mean

    def cdf(self, x):
        cdf_x = self.component_distribution.cdf(self._pad(x))
        return (cdf_x * self.mixture_distribution.probs).sum(-1)

    def log_prob(self, x):
        log_prob_x = self.component_distribution.log_prob(self._pad(x))
        log_mix_prob = log_softmax(self.mixture_distribution.logits, dim=-1)
        return logsumexp(log_prob_x + log_mix_prob, -1)

    def sample(self, sample_shape=()):
        with jt.no_grad():
            if isinstance(sample_shape, int):
                sample_shape = (sample_shape,)
            mix_sample = self.mixture_distribution.sample(sample_shape)
            comp_samples = self.component_distribution.sample(sample_shape)
            index = mix_sample.reshape(tuple(mix_sample.shape) + (1,) * (self._event_ndims + 1))
            index = index.broadcast(tuple(mix_sample.shape) + (1,) + tuple(self.event_shape))
            return gather(comp_samples, comp_samples.ndim - 1 - self._event_ndims, index).squeeze(
                comp_samples.ndim - 1 - self._event_ndims)
