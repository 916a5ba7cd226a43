import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './value-domain.js';

ruleTester(rule, examples);
