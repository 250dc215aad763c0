/* Hashing a layer on a second thread. Verifying a blob digest is a SHA-256
 * pass over every byte, about as much work as parsing the layer and
 * scanning its files; done in line it doubles a scan's time. The reader
 * fills one of a few buffers, hands it over, and goes on with the next
 * while the worker hashes in order. A buffer is refilled only after the
 * worker is done with it, and the one handed out last stays untouched until
 * the next is taken, so readers may keep pointing into it until then.
 * A pipe without a hasher only hands buffers round: a stream makes one
 * before it knows whether its bytes need hashing. */
#include <pthread.h>

#include "core/util.h"
#include "image/imgint.h"

struct bh_hashpipe {
	bh_hasher *h;
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	unsigned char **buf;
	size_t *len;
	size_t nbuf;
	uint64_t submitted, done; /* buffers handed over / hashed so far */
	bool stop;
};

static void *worker(void *arg)
{
	bh_hashpipe *p = arg;
	pthread_mutex_lock(&p->mu);
	for (;;) {
		while (p->done == p->submitted && !p->stop)
			pthread_cond_wait(&p->cv, &p->mu);
		if (p->done == p->submitted)
			break; /* stopped, and everything handed over is hashed */
		size_t i = (size_t)(p->done % p->nbuf);
		size_t n = p->len[i];
		pthread_mutex_unlock(&p->mu);
		if (p->h)
			bh_hasher_update(p->h, p->buf[i], n);
		pthread_mutex_lock(&p->mu);
		p->done++;
		pthread_cond_broadcast(&p->cv);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

bh_hashpipe *bh_hashpipe_new(bh_hasher *h, size_t nbuf, size_t cap)
{
	bh_hashpipe *p = bh_calloc(1, sizeof *p);
	p->h = h;
	p->nbuf = nbuf;
	p->buf = bh_calloc(nbuf, sizeof *p->buf);
	p->len = bh_calloc(nbuf, sizeof *p->len);
	for (size_t i = 0; i < nbuf; i++)
		p->buf[i] = bh_malloc(cap);
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->cv, NULL);
	if (pthread_create(&p->thread, NULL, worker, p) != 0) {
		p->stop = true; /* no thread: nothing to join */
		bh_hashpipe_free(p);
		return NULL;
	}
	return p;
}

void bh_hashpipe_set_hasher(bh_hashpipe *p, bh_hasher *h)
{
	/* Before the first submit the worker has not looked at p->h yet, and
	 * the mutex taken by bh_hashpipe_submit() publishes the change. */
	p->h = h;
}

unsigned char *bh_hashpipe_buffer(bh_hashpipe *p)
{
	uint64_t k = p->submitted; /* the reader is the only one to change it */
	pthread_mutex_lock(&p->mu);
	while (p->done + p->nbuf <= k)
		pthread_cond_wait(&p->cv, &p->mu);
	pthread_mutex_unlock(&p->mu);
	return p->buf[k % p->nbuf];
}

void bh_hashpipe_submit(bh_hashpipe *p, size_t n)
{
	pthread_mutex_lock(&p->mu);
	p->len[p->submitted % p->nbuf] = n;
	p->submitted++;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
}

void bh_hashpipe_free(bh_hashpipe *p)
{
	if (!p)
		return;
	if (!p->stop) {
		pthread_mutex_lock(&p->mu);
		p->stop = true;
		pthread_cond_broadcast(&p->cv);
		pthread_mutex_unlock(&p->mu);
		pthread_join(p->thread, NULL);
	}
	pthread_mutex_destroy(&p->mu);
	pthread_cond_destroy(&p->cv);
	for (size_t i = 0; i < p->nbuf; i++)
		free(p->buf[i]);
	free(p->buf);
	free(p->len);
	free(p);
}
